"""Reading a reviewed contract back: every edit of its reviewer as a proposed change."""
