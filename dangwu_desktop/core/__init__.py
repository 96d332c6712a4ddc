"""The domain of a village party branch's records: models, rules and services, free of Qt."""
