"""The one import pipeline: files -> sources -> extract -> store, article by article."""
# Contract placeholder: implemented by the lead in this session.
