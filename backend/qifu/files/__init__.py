"""Uploaded files: type sniffed from the content, stored once per content hash, served to
those the per-purpose read policies allow."""
