"""The states app's public face: every write, and every read another app may call."""
