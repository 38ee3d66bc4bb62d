"""What every Confer app shares; owns no models and imports none of the apps."""
