-- wrk -s Benchmarks/HTTP/cheapest.lua: POST /v1/routes, cheapest Jiaozhou→Almaty, one FEU.
wrk.method = "POST"
wrk.path = "/v1/routes"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"from": "Jiaozhou", "to": "Almaty", "cargo": {"unit": "FEU", "count": 1}, "objective": "cheapest"}'

-- Print the count of non-2xx/3xx answers, so a run of errors is not mistaken for throughput.
done = function(summary, latency, requests)
  io.write(string.format("non-2xx/3xx: %d\n", summary.errors.status))
end
