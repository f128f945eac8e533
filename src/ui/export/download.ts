// Saves a blob under a file name, the way a browser download does.
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // revoking at once can cancel the download in some browsers; a minute is plenty
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
