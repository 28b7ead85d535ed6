"""Jinja2 templates: system prompts and outgoing emails; render them with `prompts.env.render`."""
