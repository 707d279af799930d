"""What ``store.resolve.places`` reads places with: the US gazetteer (states, cities, official
metros, counties, ZIPs, region nicknames), places abroad, agencies and addresses that name
a place, the ladder of broader places, and the keys places are stored by."""
