namespace FeedbackBot.Testing.Azurite;

/// <summary>
/// A Node.js preload (<c>node -r</c>) that makes Azurite's Table service durable on
/// acknowledgement, as a storage account is. Azurite keeps tables in LokiJS and saves them to its
/// folder only every 5 s, so a SIGKILL loses the writes of the last seconds, writes it had already
/// answered: a fault run would blame the bot for the emulator's loss. With the preload, the answer
/// to every write (any method but GET, HEAD and OPTIONS) waits for a save that began after the
/// write. LokiJS coalesces the saves (one running, one queued), and writes its file to a temporary
/// name first and renames it, so a kill mid-save leaves the previous save whole.
/// </summary>
internal static class AzuriteDurableWrites
{
    public const string Script = """
        'use strict';
        const http = require('http');
        const path = require('path');
        const Loki = require(require.resolve('lokijs', { paths: [path.dirname(process.argv[1])] }));

        // Azurite's database, found when it is loaded or (in a fresh folder, where there is
        // nothing to load) when its first collection is added.
        const databases = new Set();
        for (const name of ['loadDatabase', 'addCollection']) {
          const original = Loki.prototype[name];
          Loki.prototype[name] = function (...args) {
            databases.add(this);
            return original.apply(this, args);
          };
        }

        const end = http.ServerResponse.prototype.end;
        http.ServerResponse.prototype.end = function (...args) {
          const method = this.req ? this.req.method : 'GET';
          if (databases.size === 0 || method === 'GET' || method === 'HEAD' || method === 'OPTIONS') {
            return end.apply(this, args);
          }

          let left = databases.size;
          for (const db of databases) {
            db.saveDatabase(err => {
              if (err) {
                console.error('durable-writes: save failed: ' + err);
              }

              if (--left === 0) {
                end.apply(this, args);
              }
            });
          }

          return this;
        };
        """;

    /// <summary>Writes the preload next to (not inside) Azurite's data folder and answers its path.</summary>
    public static string WriteNextTo(string dataFolder)
    {
        var path = dataFolder.TrimEnd(Path.DirectorySeparatorChar) + ".durable-writes.js";
        File.WriteAllText(path, Script);
        return path;
    }
}
