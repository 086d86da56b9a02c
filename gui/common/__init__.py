"""What every screen shares: the session (the current model), workers, settings,
style, widgets, layouts, plots, the drawing canvas and the feature-map pictures.
"""
