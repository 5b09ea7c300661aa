-- wrk script: POSTs one answers document to /api/assessments on every request, then prints the latency percentiles
-- and the responses that were not 2xx, by status. The answers file is the script's argument, and an optional query
-- string the second:
--   wrk -t2 -c32 -d30s -s scripts/post-assessment.lua http://localhost:8080 -- knowledge-base/examples/crisis-setting.json
--   wrk -t2 -c32 -d30s -s scripts/post-assessment.lua http://localhost:8080 -- FILE detail=summary

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  local path = args[1] or "knowledge-base/examples/donor-chaired-no-tor.json"
  local file = assert(io.open(path, "rb"), "cannot read the answers file " .. path)
  local body = file:read("*a")
  file:close()
  local query = args[2] or ""
  -- Global, so that done() can read it from the thread.
  request_path = "/api/assessments" .. (query ~= "" and "?" .. query or "")
  prepared = wrk.format("POST", request_path, { ["Content-Type"] = "application/json" }, body)
  -- Per thread; done() gathers them.
  statuses = {}
end

function request()
  return prepared
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    statuses[status] = (statuses[status] or 0) + 1
  end
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local non2xx, by_status = 0, {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      non2xx = non2xx + count
      by_status[status] = (by_status[status] or 0) + count
    end
  end
  local listed = {}
  for status, count in pairs(by_status) do
    table.insert(listed, status .. ": " .. count)
  end
  local errors = summary.errors
  io.write("---- POST " .. (threads[1] and threads[1]:get("request_path") or "/api/assessments") .. "\n")
  io.write(string.format("requests     %d in %.1f s: %.1f req/s\n", summary.requests, seconds, summary.requests / seconds))
  io.write(string.format("latency      p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("non-2xx      %d%s\n", non2xx, #listed > 0 and " (" .. table.concat(listed, ", ") .. ")" or ""))
  io.write(string.format("socket errors connect %d, read %d, write %d, timeout %d\n",
    errors.connect, errors.read, errors.write, errors.timeout))
end
