"""dyads: political event data from news text."""
