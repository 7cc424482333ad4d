import type { ErrorInfo, ReactNode } from 'react';
import { Component } from 'react';

interface Props {
  /** What the panel calls the view that failed: "the map", "the profiles screen". */
  what: string;
  /** Starts the view again; the stored data is untouched, only what was on screen is lost. */
  onReset?: () => void;
  /** A change of key (another workspace or tab) clears a past failure. */
  resetKey?: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
  key: string | undefined;
}

/**
 * A failure inside one view shows this panel, with a way back, instead of unmounting the whole
 * app. Nothing stored is lost: every edit was committed or refused before the view drew.
 */
export class ViewErrorBoundary extends Component<Props, State> {
  state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`Linchpin: ${this.props.what} failed`, error, info.componentStack);
  }

  private readonly reset = () => {
    this.setState({ error: null });
    this.props.onReset?.();
  };

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section className="view-error" role="alert" aria-labelledby="view-error-title">
        <h2 id="view-error-title">Something went wrong in {this.props.what}</h2>
        <p>
          Your data is safe: everything you saved is in the vault, and nothing has been changed by
          this error. The message was: <code>{error.message}</code>
        </p>
        <button type="button" className="primary" onClick={this.reset}>
          Show {this.props.what} again
        </button>
      </section>
    );
  }
}
