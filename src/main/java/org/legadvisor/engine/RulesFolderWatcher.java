package org.legadvisor.engine;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a rules folder and its subfolders on a daemon thread, and calls back once the {@code .drl} files have
 * stopped changing for the debounce time.
 */
final class RulesFolderWatcher implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(RulesFolderWatcher.class);

	private final Duration debounce;

	private final Runnable onChange;

	private final WatchService watchService;

	// Only the watching thread touches it once started.
	private final Map<WatchKey, Path> folders = new HashMap<>();

	private RulesFolderWatcher(Path folder, Duration debounce, Runnable onChange) throws IOException {
		this.debounce = debounce;
		this.onChange = onChange;
		this.watchService = folder.getFileSystem().newWatchService();
		try {
			registerTree(folder);
		}
		catch (IOException e) {
			watchService.close();
			throw e;
		}
	}

	static RulesFolderWatcher start(Path folder, Duration debounce, Runnable onChange) throws IOException {
		RulesFolderWatcher watcher = new RulesFolderWatcher(folder, debounce, onChange);
		Thread thread = new Thread(watcher::watch, "rules-watcher " + folder);
		thread.setDaemon(true);
		thread.start();
		return watcher;
	}

	private void registerTree(Path top) throws IOException {
		List<Path> tree;
		try (Stream<Path> walk = Files.walk(top)) {
			tree = walk.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList();
		}
		for (Path folder : tree) {
			folders.put(folder.register(watchService, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), folder);
		}
	}

	private void watch() {
		try {
			while (true) {
				boolean relevant = handle(watchService.take());
				// Editors save in several steps (a temporary file, a rename, a truncate then a write): wait until quiet.
				WatchKey next;
				while ((next = watchService.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) != null) {
					relevant |= handle(next);
				}
				if (relevant) {
					changed();
				}
			}
		}
		catch (ClosedWatchServiceException e) {
			log.debug("Stopped watching the rules folder");
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private boolean handle(WatchKey key) {
		Path folder = folders.get(key);
		boolean relevant = false;
		for (WatchEvent<?> event : key.pollEvents()) {
			if (event.kind() == OVERFLOW || folder == null) {
				relevant = true;
				continue;
			}
			Path path = folder.resolve((Path) event.context());
			if (event.kind() == ENTRY_CREATE && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
				watchNewFolder(path);
				relevant = true;
			}
			else {
				relevant |= path.toString().endsWith(".drl") || folders.containsValue(path);
			}
		}
		if (!key.reset()) {
			folders.remove(key);
		}
		return relevant;
	}

	private void watchNewFolder(Path folder) {
		try {
			registerTree(folder);
		}
		catch (IOException e) {
			log.warn("Cannot watch the new rules folder {}: {}", folder, e.toString());
		}
	}

	private void changed() {
		try {
			onChange.run();
		}
		catch (RuntimeException e) {
			log.error("Reloading the rules after a change failed unexpectedly; still watching", e);
		}
	}

	@Override
	public void close() {
		try {
			watchService.close();
		}
		catch (IOException e) {
			log.warn("Could not close the rules folder watch: {}", e.toString());
		}
	}

}
