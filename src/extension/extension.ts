/**
 * Composition root: each feature registers itself and hands back what must be disposed.
 * No feature logic lives here.
 */
import * as vscode from 'vscode';
import { registerOpenSample } from './openSample';

export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(registerOpenSample(context));
}

export function deactivate(): void {
  // Everything registered is disposed through context.subscriptions.
}
