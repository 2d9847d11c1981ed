/**
 * The provider (the backpack side) of the Open Badges 3.0 API, framework-neutral: a request goes in as an
 * {@link dev.laurel.badges.api.provider.ApiRequest}, an {@link dev.laurel.badges.api.provider.ApiResponse}
 * comes out of an {@link dev.laurel.badges.api.provider.ApiHandler}. A servlet adapter, Jetty
 * ({@code laurel serve}) or any other HTTP stack carries them; nothing here depends on one.
 */
package dev.laurel.badges.api.provider;
