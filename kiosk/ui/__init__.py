"""The Qt user interface: renders states of the core and reports what the user did."""
