"""Sample data for `arbot demo`."""
