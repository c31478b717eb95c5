"""Pretraining: the loop, optimizers, schedules, many-process wrapping, evaluation and progress reporting."""
