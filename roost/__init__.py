"""roost: grow a chat model from social posts and serve it."""

__version__ = "0.1.0"
