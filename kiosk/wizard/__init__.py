"""The kiosk's screen flows as Qt-free state machines: views, next/back, immutable snapshots.

The Qt pages in ``kiosk.ui`` only render a state and report what the user did.
"""
