// Reads an invite from the address before the wasm has arrived, so that its first screen
// can show the team and the round at once. It reads exactly what the core reads
// (crates/core/src/link/invite.rs and codec.rs) and refuses what it refuses:
// tests/boot/invite.test.mjs feeds it every case of boot/invite-decodings.json, which
// crates/core/tests/invite_reader.rs makes from the core. Texts come back as strings, for
// textContent only. scripts/post_build.mjs inlines this file into index.html.
var teambalansInvite = (function () {
  // The core's limits: a link longer than this is refused unread, a text is at most 80
  // bytes, a round has at most 5 own statements; this build reads formats 1 to 6 (an
  // invite of format 6 is one of format 5).
  var MAX_INPUT_CHARS = 20000;
  var MAX_TEXT_BYTES = 80;
  var MAX_OWN_STATEMENTS = 5;
  var FORMAT_VERSION = 6;
  var INVITE = 1;
  // The instrument's versions this build reads (crates/core/src/instrument/): a new one's
  // golden invite in tests/fixtures/links/ fails tests/boot/invite.test.mjs until it is here.
  var INSTRUMENTS = [1, 2, 3];

  function bytesOf(payload) {
    if (!/^[A-Za-z0-9_-]+$/.test(payload) || payload.length % 4 === 1) return null;
    var b64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    var bin = atob(b64 + '==='.slice((b64.length + 3) % 4));
    var bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return bytes;
  }

  // CRC-32 (IEEE), bit by bit, as the core computes it.
  function crc32(bytes, end) {
    var crc = -1;
    for (var j = 0; j < end; j++) {
      crc ^= bytes[j];
      for (var k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
    }
    return (crc ^ -1) >>> 0;
  }

  // The fields in order; any that runs past the end, or is out of range, refuses the link.
  function reader(bytes, end) {
    var at = 1;
    var utf8 = new TextDecoder('utf-8', { fatal: true });
    function take(n) {
      if (at + n > end) throw new Error('cut off');
      var part = bytes.subarray(at, at + n);
      at += n;
      return part;
    }
    return {
      byte: function () { return take(1)[0]; },
      flag: function () {
        var b = take(1)[0];
        if (b > 1) throw new Error('flag out of range');
        return b === 1;
      },
      text: function () {
        var len = take(1)[0];
        if (len > MAX_TEXT_BYTES) throw new Error('text too long');
        return utf8.decode(take(len));
      },
      take: take,
      done: function () { return at === end; },
    };
  }

  // `hash` is location.hash: `#/i/<payload>`. Returns the invite, or null.
  function read(hash) {
    if (typeof hash !== 'string' || hash.length > MAX_INPUT_CHARS || hash.indexOf('#/i/') !== 0) return null;
    var bytes = bytesOf(hash.slice(4));
    if (!bytes || bytes.length < 5) return null;
    var format = bytes[0] >> 4;
    if (format === 0 || format > FORMAT_VERSION || (bytes[0] & 15) !== INVITE) return null;
    var end = bytes.length - 4;
    var want = ((bytes[end] << 24) | (bytes[end + 1] << 16) | (bytes[end + 2] << 8) | bytes[end + 3]) >>> 0;
    if (crc32(bytes, end) !== want) return null;
    try {
      var r = reader(bytes, end);
      // As stored: 12 lowercase hexadecimal digits (crates/core/src/id.rs).
      var id = Array.prototype.map.call(r.take(6), function (b) { return (b + 256).toString(16).slice(1); }).join('');
      var days = r.byte() << 8;
      days |= r.byte();
      var invite = {
        team: '',
        round: '',
        id: id,
        days: days,
        desired: r.flag(),
        min_group: r.byte(),
        instrument: r.byte(),
        open: false,
        own_statements: [],
      };
      if (INSTRUMENTS.indexOf(invite.instrument) < 0) return null;
      invite.team = r.text();
      invite.round = r.text();
      // Format 5 adds whether the round is open and the facilitator's own statements.
      if (format >= 5) {
        invite.open = r.flag();
        var count = r.byte();
        if (count > MAX_OWN_STATEMENTS) return null;
        for (var i = 0; i < count; i++) {
          var statement = r.text();
          if (!statement) return null;
          invite.own_statements.push(statement);
        }
      }
      return r.done() ? invite : null;
    } catch (e) {
      return null;
    }
  }

  return { read: read };
})();
