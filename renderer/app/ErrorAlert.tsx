/** A refusal or failure in words, announced at once; nothing while there is none. */
export function ErrorAlert({ message }: { message: string }) {
  return message ? (
    <p role="alert" className="error">
      {message}
    </p>
  ) : null;
}
