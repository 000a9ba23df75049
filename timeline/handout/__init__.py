"""Printable handouts and worksheets of a lesson or of the visible events."""
