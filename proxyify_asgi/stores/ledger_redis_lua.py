"""The Lua scripts of the Redis credit ledger: each ledger change is ONE script, so it is atomic.

Redis runs a script to the end before any other command, so a script's check and its writes are
one step for every process and host sharing the server: what ``BEGIN IMMEDIATE`` gives the SQLite
ledger. Every script gets the same first arguments: ``ARGV[1]`` the key namespace, ``ARGV[2]`` the
clock's ``now`` as a Unix timestamp (for expiries) and ``ARGV[3]`` as ISO text (for entries): the
time always comes from the ledger's injected clock, never from the server.

Money stays exact. Credits are whole numbers, exact in Lua's doubles below 2**53 (the ledger refuses
larger ones). USD amounts are decimal strings added and compared digit by digit here (``dadd``,
``dcmp``), never converted to floating point, so a spend limit is enforced to the last digit.

Key layout under the namespace ``ns``: ``seq`` (entry ids), ``entries`` (list of JSON lines),
``accounts`` (set of names), ``acct:<name>`` (hash granted/refunded/settled/reserved),
``res:<id>`` (hash of an open or expired hold), ``open`` / ``expired`` (sorted sets of hold ids by
expiry), ``held:<key>`` (ids of the key's unexpired holds), ``spend:<key>`` (hash period -> USD:
today's, this month's and all time; older buckets are dropped on the key's first spend of a day).
"""

from __future__ import annotations

COMMON = r"""
local ns, now_ts, now_iso = ARGV[1], ARGV[2], ARGV[3]

-- Exact decimal arithmetic on strings such as "-12.0340" (no exponent: Python formats them).
local function dparse(s)
  local neg = string.sub(s, 1, 1) == '-'
  if neg then s = string.sub(s, 2) end
  local i, f = string.match(s, '^(%d*)%.?(%d*)$')
  if i == nil then error('not a decimal: ' .. s) end
  return neg, i, f
end

local function dalign(a, b)
  local na, ia, fa = dparse(a)
  local nb, ib, fb = dparse(b)
  local scale = math.max(#fa, #fb)
  local da = ia .. fa .. string.rep('0', scale - #fa)
  local db = ib .. fb .. string.rep('0', scale - #fb)
  local width = math.max(#da, #db) + 1
  return na, string.rep('0', width - #da) .. da, nb, string.rep('0', width - #db) .. db, scale
end

local function dformat(neg, digits, scale)
  local i = string.gsub(string.sub(digits, 1, #digits - scale), '^0+', '')
  if i == '' then i = '0' end
  local s = i
  if scale > 0 then s = s .. '.' .. string.sub(digits, #digits - scale + 1) end
  if neg and string.find(digits, '[1-9]') then s = '-' .. s end
  return s
end

local function dadd(a, b)
  local na, da, nb, db, scale = dalign(a, b)
  local out, carry, same = {}, 0, na == nb
  if not same and da < db then  -- equal widths: string order is numeric order
    na, da, db = nb, db, da  -- subtract the smaller magnitude; the result takes the larger's sign
  end
  for k = #da, 1, -1 do
    local x, y = string.byte(da, k) - 48, string.byte(db, k) - 48
    local d
    if same then d = x + y + carry else d = x - y - carry end
    if d >= 10 then d, carry = d - 10, 1 elseif d < 0 then d, carry = d + 10, 1 else carry = 0 end
    out[k] = d
  end
  return dformat(na, table.concat(out), scale)
end

local function dcmp(a, b)
  local neg = string.sub(b, 1, 1) == '-'
  local d = dadd(a, neg and string.sub(b, 2) or ('-' .. b))
  if string.sub(d, 1, 1) == '-' then return -1 end
  if string.find(d, '[1-9]') then return 1 end
  return 0
end

local function acct(name) return ns .. 'acct:' .. name end

local function balance(name)
  local v = redis.call('HMGET', acct(name), 'granted', 'refunded', 'settled', 'reserved')
  return (tonumber(v[1]) or 0) + (tonumber(v[2]) or 0) - (tonumber(v[3]) or 0) - (tonumber(v[4]) or 0)
end

-- Adds a whole number given as text to an account field (text: Lua would print big numbers as 1e+15).
local function move(name, field, credits, negate)
  if credits ~= '0' then
    redis.call('HINCRBY', acct(name), field, negate and ('-' .. credits) or credits)
  end
end

local function append(kind, account, credits, held, key, rid, cost, note, usage)
  local id = redis.call('INCR', ns .. 'seq')
  redis.call('RPUSH', ns .. 'entries', cjson.encode({
    id = string.format('%d', id), at = now_iso, kind = kind, account = account, credits = credits,
    held = held, key = key, rid = rid, cost = cost, note = note, usage = usage}))
end

-- The key's settled USD in the three current buckets, and what its unexpired holds reserve.
local function spent_and_held(key, p1, p2, p3)
  local spent = redis.call('HMGET', ns .. 'spend:' .. key, p1, p2, p3)
  local held = '0'
  for _, rid in ipairs(redis.call('SMEMBERS', ns .. 'held:' .. key)) do
    held = dadd(held, redis.call('HGET', ns .. 'res:' .. rid, 'cost'))
  end
  return {spent[1] or '0', spent[2] or '0', spent[3] or '0', held}
end
"""

GRANT = COMMON + r"""
-- ARGV: 4 account, 5 credits, 6 note, 7 field (granted|refunded), 8 kind, 9 '1' = only if new
local name, credits = ARGV[4], ARGV[5]
if ARGV[9] == '1' and redis.call('EXISTS', acct(name)) == 1 then return {0, 0} end
local v = redis.call('HMGET', acct(name), 'granted', 'refunded')
if (tonumber(v[1]) or 0) + (tonumber(v[2]) or 0) + tonumber(credits) > 9007199254740991 then
  return redis.error_reply('credits above 2**53 cannot be kept exactly')
end
redis.call('HINCRBY', acct(name), ARGV[7], credits)  -- also creates the account
redis.call('SADD', ns .. 'accounts', name)
append(ARGV[8], name, credits, '0', nil, nil, '0', ARGV[6], nil)
return {1, balance(name)}
"""

RESERVE = COMMON + r"""
-- ARGV: 4 account, 5 key, 6 credits, 7 cost, 8 hold id, 9 expires (ts), 10 request id,
--       11 '1' = check limits, 12-14 caps daily/monthly/total ('' = none), 15-17 their periods
local name, key, credits, cost, rid = ARGV[4], ARGV[5], ARGV[6], ARGV[7], ARGV[8]
if ARGV[11] == '1' then
  local s = spent_and_held(key, ARGV[15], ARGV[16], ARGV[17])
  for w = 1, 3 do
    local cap = ARGV[11 + w]
    if cap ~= '' and dcmp(dadd(dadd(s[w], s[4]), cost), cap) > 0 then
      return {'limit', s[1], s[2], s[3], s[4]}
    end
  end
end
local bal = balance(name)
if tonumber(credits) > bal then return {'insufficient', bal} end
-- Like SQLite's UPDATE ... WHERE name = ?: a zero hold on a missing account creates nothing.
if redis.call('EXISTS', acct(name)) == 1 then move(name, 'reserved', credits, false) end
redis.call('HSET', ns .. 'res:' .. rid, 'account', name, 'key', key, 'credits', credits, 'cost', cost,
           'expires', ARGV[9], 'expired', '0')
redis.call('ZADD', ns .. 'open', ARGV[9], rid)
redis.call('SADD', ns .. 'held:' .. key, rid)
append('reserve', name, credits, '0', key, rid, cost, ARGV[10], nil)
return {'ok'}
"""

CLOSE = COMMON + r"""
-- Settle or release one hold, exactly once. ARGV: 4 hold id, 5 account, 6 key, 7 held credits,
-- 8 charge, 9 cost, 10 kind (settle|release), 11 note, 12 usage JSON, 13 '1' = add spend, 14-16 periods
local rid, name, key = ARGV[4], ARGV[5], ARGV[6]
local r = ns .. 'res:' .. rid
local stored = redis.call('HMGET', r, 'expired', 'key')
if not stored[1] then return 0 end  -- settled or released before
redis.call('DEL', r)
redis.call('ZREM', ns .. 'open', rid)
redis.call('ZREM', ns .. 'expired', rid)
redis.call('SREM', ns .. 'held:' .. stored[2], rid)
local held = stored[1] == '1' and '0' or ARGV[7]  -- an expired hold was already given back
local charge = ARGV[8]
if redis.call('EXISTS', acct(name)) == 1 then
  move(name, 'reserved', held, true)
  move(name, 'settled', charge, false)
end
if ARGV[13] == '1' then
  local sp = ns .. 'spend:' .. key
  if redis.call('HEXISTS', sp, ARGV[14]) == 0 then
    -- the key's first spend today: past days' and months' buckets are read by nothing, drop them
    for _, period in ipairs(redis.call('HKEYS', sp)) do
      if period ~= ARGV[15] and period ~= ARGV[16] then redis.call('HDEL', sp, period) end
    end
  end
  for i = 14, 16 do
    redis.call('HSET', sp, ARGV[i], dadd(redis.call('HGET', sp, ARGV[i]) or '0', ARGV[9]))
  end
end
if ARGV[10] == 'settle' then
  append('settle', name, charge, held, key, rid, ARGV[9], '', ARGV[12])
else
  append('release', name, held, held, key, rid, '0', ARGV[11], nil)
end
return 1
"""

SWEEP = COMMON + r"""
-- Release holds past their expiry; forget expired ones older than ARGV[4] (a ts). Returns the count.
local ids = redis.call('ZRANGEBYSCORE', ns .. 'open', '-inf', now_ts)
for _, rid in ipairs(ids) do
  local r = ns .. 'res:' .. rid
  local f = redis.call('HMGET', r, 'account', 'key', 'credits', 'expires')
  redis.call('HSET', r, 'expired', '1')
  redis.call('ZREM', ns .. 'open', rid)
  redis.call('ZADD', ns .. 'expired', f[4], rid)  -- kept so a late settle still charges
  redis.call('SREM', ns .. 'held:' .. f[2], rid)
  if redis.call('EXISTS', acct(f[1])) == 1 then move(f[1], 'reserved', f[3], true) end
  append('release', f[1], f[3], f[3], f[2], rid, '0', 'expired', nil)
end
for _, rid in ipairs(redis.call('ZRANGEBYSCORE', ns .. 'expired', '-inf', ARGV[4])) do
  redis.call('DEL', ns .. 'res:' .. rid)
  redis.call('ZREM', ns .. 'expired', rid)
end
return #ids
"""

ACCOUNTS = COMMON + r"""
-- One consistent snapshot of every account (ARGV[4] = '*') or of one (ARGV[4] = '1', ARGV[5] its name).
local names = {ARGV[5]}
if ARGV[4] == '*' then names = redis.call('SMEMBERS', ns .. 'accounts') end
local out = {}
for _, n in ipairs(names) do
  if redis.call('EXISTS', acct(n)) == 1 then
    local v = redis.call('HMGET', acct(n), 'granted', 'settled', 'reserved', 'refunded')
    table.insert(out, {n, v[1] or '0', v[2] or '0', v[3] or '0', v[4] or '0'})
  end
end
return out
"""

SPEND = COMMON + r"""
-- ARGV: 4 key, 5-7 periods daily/monthly/total. Returns the three settled sums and the held sum.
return spent_and_held(ARGV[4], ARGV[5], ARGV[6], ARGV[7])
"""
