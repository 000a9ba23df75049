"""Presentation mode: a full-screen stage for a class, with a presenter view and lessons."""

from timeline.app.present.controller import PresentationController, build_steps
from timeline.app.present.stage import PresentationStage
from timeline.app.present.steps import Step

__all__ = ["PresentationController", "PresentationStage", "Step", "build_steps"]
