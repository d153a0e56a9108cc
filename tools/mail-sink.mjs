// The development mail sink of `npm start`: an SMTP server (the `smtp-server` package) on a loopback
// port that accepts every message and writes it unchanged to tmp/mail/<time>-<n>.eml (open one with
// any mail program). Nothing leaves the machine. Its log line names the file and the size only —
// never a sender, recipient or subject (they are personal data, docs/STYLE.md).
//   node tools/mail-sink.mjs [--port 2525]       (also started by tools/start.mjs)
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SMTPServer } from 'smtp-server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const MAIL_DIR = path.join(root, 'tmp', 'mail');
export const MAIL_SINK_PORT = 2525;
/** A message larger than this is refused (552): the platform's mails are a few kilobytes. */
const MAX_BYTES = 10 * 1024 * 1024;

/**
 * Starts the sink on 127.0.0.1:`port` (no TLS, no authentication: loopback only) and resolves once
 * it listens, with `close()`. `log` gets one line per stored message.
 */
export function startMailSink({ port = MAIL_SINK_PORT, dir = MAIL_DIR, log = console.log } = {}) {
  mkdirSync(dir, { recursive: true });
  let n = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    size: MAX_BYTES,
    banner: 'lz development mail sink',
    onData(stream, _session, done) {
      const chunks = [];
      stream.on('data', (c) => chunks.push(c));
      stream.on('end', () => {
        if (stream.sizeExceeded)
          return done(Object.assign(new Error('message too large'), { responseCode: 552 }));
        const raw = Buffer.concat(chunks);
        const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${String(++n).padStart(4, '0')}.eml`;
        try {
          writeFileSync(path.join(dir, name), raw);
        } catch (err) {
          return done(
            Object.assign(new Error(`cannot store: ${err.code ?? err.message}`), { responseCode: 451 }),
          );
        }
        log(`stored ${(raw.length / 1024).toFixed(1)} KB → ${path.relative(root, path.join(dir, name))}`);
        done();
      });
    },
  });
  server.on('error', (err) => log(`error: ${err.code ?? err.message}`));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve({ port, dir, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

/** RFC 2047 encoded words (`=?UTF-8?B?…?=`, `=?UTF-8?Q?…?=`) of a header, decoded. */
export function decodeHeader(value) {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, charset, enc, text) => {
      const bytes =
        enc.toUpperCase() === 'B'
          ? Buffer.from(text, 'base64')
          : Buffer.from(
              text
                .replace(/_/g, ' ')
                .replace(/=([0-9A-Fa-f]{2})/g, (_m, h) => String.fromCharCode(parseInt(h, 16))),
              'latin1',
            );
      try {
        return new TextDecoder(charset).decode(bytes);
      } catch {
        return bytes.toString('utf8');
      }
    });
}

/** The header `name` of a stored message (unfolded, decoded), or null. */
export function headerOf(raw, name) {
  const head = raw.split(/\r?\n\r?\n/, 1)[0].replace(/\r?\n[ \t]+/g, ' ');
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line ? decodeHeader(line.slice(name.length + 1).trim()) : null;
}

/** The messages the sink stored at or after `sinceMs`, oldest first: `{file, at, subject}`. */
export function readMailbox(sinceMs = 0, dir = MAIL_DIR) {
  let names;
  try {
    names = readdirSync(dir).filter((f) => f.endsWith('.eml'));
  } catch {
    return [];
  }
  return names
    .map((f) => ({ file: path.join(dir, f), at: statSync(path.join(dir, f)).mtimeMs }))
    .filter((m) => m.at >= sinceMs)
    .sort((a, b) => a.at - b.at || a.file.localeCompare(b.file))
    .map((m) => ({ ...m, subject: headerOf(readFileSync(m.file, 'utf8'), 'Subject') ?? '' }));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--port');
  const port = Number(i >= 0 ? process.argv[i + 1] : (process.env.MAIL_SINK_PORT ?? MAIL_SINK_PORT));
  const sink = await startMailSink({ port, log: (line) => console.log(`mail-sink  ${line}`) });
  console.log(`mail-sink  smtp://127.0.0.1:${sink.port} → ${path.relative(root, sink.dir)}/`);
  const stop = () => void sink.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
