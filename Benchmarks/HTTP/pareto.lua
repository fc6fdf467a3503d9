-- wrk -s Benchmarks/HTTP/pareto.lua: POST /v1/routes, Pareto front (cost, time, CO2) Jiaozhou→Hamburg.
wrk.method = "POST"
wrk.path = "/v1/routes"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"from": "Jiaozhou", "to": "Hamburg", "pareto": ["cost", "time", "co2"]}'

-- Print the count of non-2xx/3xx answers, so a run of errors is not mistaken for throughput.
done = function(summary, latency, requests)
  io.write(string.format("non-2xx/3xx: %d\n", summary.errors.status))
end
