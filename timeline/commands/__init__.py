"""The shell commands behind ``timeline``: each prints for people and returns an exit status."""
