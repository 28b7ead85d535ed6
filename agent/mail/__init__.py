"""Mail: the inbox, parsing, threading and the outbox."""
