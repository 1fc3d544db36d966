#!/usr/bin/env python3
"""Live check of the SensorThings API (/sta/v1.1) with the real FROST Python client, frost-sta-client.

Reads LMHUB_URL (e.g. http://127.0.0.1:8080) and, on the server's bundled data: lists the Things, finds a
station's Datastreams through the Thing and through a $filter, reads a page of one Datastream's Observations,
walks that series page by page through @iot.nextLink, and fetches one entity by id. Exits non-zero when a
request fails or a value is implausible. Run by `bash scripts/live-checks.sh sta`.
"""
import os
import sys

import frost_sta_client as fsc
from dateutil.parser import isoparse


def check(condition, message):
    if not condition:
        print("FAILED:", message)
        sys.exit(1)


service = fsc.SensorThingsService(os.environ["LMHUB_URL"].rstrip("/") + "/sta/v1.1")

things = list(service.things().query().list())
names = sorted(thing.id for thing in things)
print(f"{len(things)} things: {', '.join(names)}")
check(len(things) >= 2 and "Hanoi" in names and "Andaung Meas" in names, "the bundled stations are Things")

hanoi = service.things().find("Hanoi")
check(hanoi.id == "Hanoi" and hanoi.name, "Things('Hanoi') by id")
datastreams = list(hanoi.get_datastreams().query().list())
print(f"Hanoi datastreams: {[(d.id, d.name, d.unit_of_measurement.symbol) for d in datastreams]}")
check(len(datastreams) >= 1, "Hanoi has a datastream")
pm25 = datastreams[0]
check(isinstance(pm25.id, int), "datastream ids are numbers")

water = list(service.datastreams().query().filter("Thing/id eq 'Andaung Meas'").list())
print(f"Andaung Meas datastreams by $filter: {len(water)} ({', '.join(sorted(d.name for d in water))})")
check(len(water) >= 5, "Andaung Meas has several parameters")

page = pm25.get_observations().query().top(24).orderby("phenomenonTime", "asc").count().list()
print(f"first page: {len(page.entities)} of {page.count}; first {page.entities[0].phenomenon_time} = {page.entities[0].result}")
check(len(page.entities) == 24 and page.count and page.count > 1000, "a page of 24 hourly PM2.5 values")
check(page.next_link is not None, "a nextLink after the first page")

seen = set()
previous = None
walked = 0
negative = []
for observation in pm25.get_observations().query().top(1000).orderby("phenomenonTime", "asc").list():
    check(observation.id not in seen, f"observation {observation.id} repeated")
    seen.add(observation.id)
    time = isoparse(observation.phenomenon_time)
    check(previous is None or time > previous, "observations in time order")
    # Beta-attenuation monitors report small negative hours near zero; anything else is implausible.
    check(isinstance(observation.result, (int, float)) and -10 <= observation.result < 1000,
          f"plausible PM2.5 {observation.result} at {observation.phenomenon_time}")
    if observation.result < 0:
        negative.append((observation.phenomenon_time, observation.result, observation.result_quality))
    previous = time
    walked += 1
print(f"walked {walked} observations through @iot.nextLink, {previous.isoformat()} last; "
      f"{len(negative)} small negative hours, e.g. {negative[:2]}")
check(len(negative) < walked / 100, "negative hours are rare")
check(walked == page.count, f"the walk saw all {page.count} observations (saw {walked})")

window = list(pm25.get_observations().query()
              .filter("phenomenonTime ge 2018-03-01T00:00:00Z and phenomenonTime lt 2018-03-02T00:00:00Z").top(100).list())
print(f"1 March 2018 (UTC): {len(window)} hourly values, mean {sum(o.result for o in window) / max(len(window), 1):.1f} µg/m³")
check(0 < len(window) <= 24, "one day of hourly values")

one = service.observations().find(window[0].id)
check(one.id == window[0].id and one.result == window[0].result, "Observations('<id>') by id")
print("sta-client: ok")
