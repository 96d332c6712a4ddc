"""The Qt window: a thin client of the core services."""
