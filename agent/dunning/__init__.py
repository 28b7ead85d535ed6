"""The reminder cadence that listens: stages, holds, one email per customer per day."""
