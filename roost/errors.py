"""User-facing errors.

Anything the user can fix (a bad path, a typo in the config, a malformed input file) is raised as a
`RoostError` with a one-line message naming the file, line or field. The CLI prints it without a traceback
and exits non-zero; programming errors still surface as ordinary exceptions.
"""


class RoostError(Exception):
    """An error caused by user input, reported as one line."""
