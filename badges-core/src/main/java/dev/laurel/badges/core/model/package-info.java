/**
 * What the Open Badges 2.0 and 3.0 models share: {@link dev.laurel.badges.core.model.Ref} (an IRI or an
 * embedded object), {@link dev.laurel.badges.core.model.Timestamp} (an instant that keeps its lexical form)
 * and {@link dev.laurel.badges.core.model.Extensions} (whatever a document carries beyond the model).
 *
 * <h2>Conventions of every model record</h2>
 * <ul>
 *   <li>One record component per property, named as the JSON property ({@code context} stands for
 *       {@code @context}); a property that may be absent is an {@code Optional}, a multi-valued one a
 *       {@code List} (empty when absent). Records never hold or return {@code null}.</li>
 *   <li>The last component is {@code Extensions extensions}: nothing a badge carries is lost.</li>
 *   <li>The canonical constructor accepts any document that can be read, valid or not; builders check
 *       the required properties in {@code build()}; {@code BadgeValidator} reports the rest.</li>
 * </ul>
 */
package dev.laurel.badges.core.model;
