"""Sizing a run from a wall-clock budget (`train.time_budget_minutes`).

The planner times the first steps (after two warm-up steps that pay for compilation and allocation) and sets
`max_steps` so that training, the periodic validations and the final one end within the budget. The pace of a
run drifts — other jobs on a shared machine come and go, caches warm up — so it re-plans from the average pace so
far (validations and checkpoint writes included) about twenty times over the run, but only during the first
80% of the planned steps, so the end of the schedule (the cosine tail, WSD's decay) is never moved once reached.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from roost.config import TrainConfig

WARMUP_STEPS = 2  # steps left out of the timing (compilation, allocator warm-up)
MEASURE_STEPS = 8  # steps timed for the first plan
SAFETY = 0.97  # share of the remaining budget planned for, leaving room for the last checkpoint write
REPLANS = 20  # re-plans over a run
REPLAN_UNTIL = 0.8  # share of the planned steps after which the plan is fixed


def steps_for_budget(remaining_s: float, step_s: float, config: TrainConfig, evals_included: bool = False) -> int:
    """How many more steps fit in `remaining_s`, counting the periodic (unless `step_s` already includes them)
    and final validations.

    At least one: its update runs at the schedule's final rate, so even an exhausted budget ends decayed.
    """
    # A validation batch is a forward pass only: about a third of a training micro-step.
    eval_s = config.eval_batches * step_s / (3 * config.grad_accum)
    per_step_s = step_s if evals_included else step_s + eval_s / config.eval_every
    return max(int((remaining_s * SAFETY - eval_s) / per_step_s), 1)


class BudgetPlanner:
    def __init__(
        self,
        config: TrainConfig,
        start_step: int,
        started: float,
        agree: Callable[[float], float] = lambda value: value,
        sync: Callable[[], None] = lambda: None,
    ):
        """`agree` makes all processes use the same pace (the slowest); `sync` waits for queued GPU work."""
        self.config = config
        self.budget_s = config.time_budget_minutes * 60
        self.start_step, self.started = start_step, started
        self.agree, self.sync = agree, sync
        self.anchor: tuple[int, float] | None = None  # (step, time) where timing began
        self.planned = False
        self.replan_every = 1

    def after_step(self, step: int, max_steps: int) -> int:
        """The planned number of steps after `step` has finished."""
        done = step - self.start_step
        if self.anchor is None:
            if done == WARMUP_STEPS:
                self.sync()
                self.anchor = (step, time.perf_counter())
            return max_steps
        due_first = not self.planned and done == WARMUP_STEPS + MEASURE_STEPS
        due_again = self.planned and step % self.replan_every == 0 and step < REPLAN_UNTIL * max_steps
        if not (due_first or due_again):
            return max_steps
        self.sync()
        now = time.perf_counter()
        step_s = self.agree((now - self.anchor[1]) / (step - self.anchor[0]))
        remaining_s = self.budget_s - (now - self.started)
        planned = step + steps_for_budget(remaining_s, step_s, self.config, evals_included=self.planned)
        if not self.planned:
            self.planned = True
            self.replan_every = max((planned - step) // REPLANS, 1)
        return planned
